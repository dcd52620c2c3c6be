#!/bin/bash
# Seconds from launch until the workbench's window is visible, under Xvfb; screenshots as it appears
# (/tmp/startup-first.png) and 2 s later (/tmp/startup-shot.png) to look at. Start Xvfb first (Xvfb :92 -screen 0 1366x768x24 &).
#
#   tools/dist/startup-time.sh target/dist/autoencoder-workbench/bin/autoencoder-workbench
#   tools/dist/startup-time.sh java -jar target/workbench.jar
export DISPLAY=${DISPLAY:-:92}
start=$(date +%s.%N)
"$@" >/dev/null 2>&1 &
pid=$!
while ! xdotool search --onlyvisible --name "^Autoencoder Workbench$" >/dev/null 2>&1; do sleep 0.05; done
end=$(date +%s.%N)
# the first frame as the window appears: it should show the layout, never a blank window
import -window root /tmp/startup-first.png
sleep 2
import -window root /tmp/startup-shot.png
# File > Quit (Ctrl+Q), as a user ends it: a window that ends well keeps its class archive for next time
xdotool mousemove 700 750 click 1 sleep 0.3 key ctrl+q >/dev/null 2>&1
for _ in $(seq 1 150); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
kill $pid 2>/dev/null; wait $pid 2>/dev/null
echo "$(echo "$end - $start" | bc)"
