package workbench.engine;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.ejml.MatrixDimensionException;
import org.ejml.data.FMatrixRMaj;

/**
 * Float products with the JDK's Vector API, about thirty times faster than EJML's on one core for
 * a dense layer's shapes. The inner dimension is taken in blocks of at most {@value #KC} steps; for each block the
 * right operand is copied into packed panels two vectors wide (transposing it on the way for
 * {@link #multTransB}), and {@link VectorKernel} updates one 8-row tile of the output at a time with
 * fused multiply-adds, reading the left operand where it lies, transposed or not (only a last,
 * partial 8-row panel is packed, with zeros).
 *
 * <p><b>Availability.</b> The Vector API is the incubator module {@code jdk.incubator.vector}, which a
 * class-path application only sees when started with {@code --add-modules jdk.incubator.vector}. This
 * class itself uses none of it (only {@link VectorKernel} does), so it always loads;
 * {@link #isAvailable()} says whether the module is there and the kernel works, and the constructor
 * refuses otherwise. {@link Gemm#standard()} picks this kernel when it is available and EJML's
 * otherwise; the system property {@code workbench.gemm} ({@code vector} or {@code ejml}) overrides
 * that, and {@code workbench.gemm.threads} (1 or 2) sets the thread count of the shared instance.
 *
 * <p><b>Threads.</b> Products of at least {@link #DEFAULT_PARALLEL_MACS} multiply-adds are split in
 * two halves of the output, by rows or by column panels, whichever is estimated to
 * finish sooner. The calling thread takes the first half and one persistent daemon worker the
 * second; the worker spins for 200 microseconds after each product and then parks, so
 * products in quick succession hand over in well under a microsecond. Waking a parked worker is slow
 * (see {@link #DEFAULT_WAKE_MACS}), so it is woken only for a large product or the third of a quick
 * succession of smaller ones. If the worker has not claimed its half by the time the caller finishes
 * the first, the caller does it too. Nothing is allocated per call: the packing buffers grow to the
 * largest shape seen and stay. An instance serves one caller at a time; a second thread calling
 * meanwhile computes on its own, single-threaded, with thread-local buffers. Instances made with
 * {@code new} keep their worker until {@link #close()}; the engine shares {@link #availableOrNull()}.
 *
 * <p><b>Determinism.</b> Every output is one sequential chain {@code s = fma(a[i][p], b[p][j], s)} for
 * p = 0, 1, ..., k-1 starting from zero, whatever the blocking, the tile it falls in or the thread
 * that computes it. So results are bit-identical run to run, with one thread or two, and equal to
 * that scalar {@link Math#fma} loop.
 */
public final class VectorGemm implements Gemm, AutoCloseable {

    /** Products smaller than this many multiply-adds run on the calling thread alone. */
    static final long DEFAULT_PARALLEL_MACS = 1L << 19;
    /**
     * Products smaller than this run on the calling thread alone while the worker is parked: waking a
     * parked thread costs the caller about 10 microseconds here (a virtual machine) and the worker
     * starts some 30 later, so only products of 100 microseconds or more are worth it.
     */
    static final long DEFAULT_WAKE_MACS = 8L << 20;

    /** The cost of a cache line both threads write, in multiply-adds, for choosing the split. */
    private static final int SHARED_LINE_MACS = 2000;

    /** Steps of the inner dimension packed at a time. */
    static final int KC = 256;
    /** Rows of the left operand packed at a time. */
    static final int MC = 256;

    private static final int MULT = 0;
    private static final int TRANS_A = 1;
    private static final int TRANS_B = 2;

    /**
     * How long an idle worker spins for the next product before parking: long enough to bridge the
     * elementwise work between one layer's products and the next.
     */
    private static final long WORKER_SPIN_NANOS = 200_000;
    /** How long the caller spins for the worker's half before parking. */
    private static final long CALLER_SPIN_NANOS = 200_000;

    private final int threads;
    private final long parallelMacs;
    private final long wakeMacs;
    private final int mr;
    private final int nr;

    private final ReentrantLock lock = new ReentrantLock();
    private final Workspace callerSpace = new Workspace();
    private final Workspace workerSpace = new Workspace();
    private final ThreadLocal<Workspace> contendedSpace = ThreadLocal.withInitial(Workspace::new);

    // Hand-off to the worker. state = job number << 32 | next unclaimed half (0, 1, or 2 = all taken).
    private final AtomicLong state = new AtomicLong();
    private final AtomicInteger halvesDone = new AtomicInteger();
    private volatile boolean workerParked;
    private volatile Thread waitingCaller;
    private volatile boolean closed;
    private volatile Throwable workerFailure;
    private Thread worker;
    private long jobNumber;
    private long lastParkedProduct;
    private int streak;
    /** Halves the worker has computed (written by the worker only). */
    private volatile long workerHalves;

    // The posted job: written by the caller before it publishes state, read by the worker after.
    private int jobOp;
    private float[] jobA;
    private float[] jobB;
    private float[] jobC;
    private int jobM;
    private int jobN;
    private int jobK;
    private boolean jobByRows;
    private int jobSplit;

    /** A kernel with up to two threads (fewer on a one-core machine). */
    public VectorGemm() {
        this(Math.min(2, Runtime.getRuntime().availableProcessors()), DEFAULT_PARALLEL_MACS, DEFAULT_WAKE_MACS);
    }

    /**
     * @param threads      1 or 2
     * @param parallelMacs products with fewer multiply-adds than this run on the caller alone
     * @param wakeMacs     products with fewer multiply-adds than this run on the caller alone while
     *                     the worker is parked (or not yet started)
     * @throws IllegalStateException if the Vector API is not available (see {@link #isAvailable()})
     */
    VectorGemm(int threads, long parallelMacs, long wakeMacs) {
        if (threads < 1 || threads > 2) {
            throw new IllegalArgumentException("threads must be 1 or 2, not " + threads);
        }
        if (!isAvailable()) {
            throw new IllegalStateException("The Vector API is not available: start Java with "
                    + "--add-modules jdk.incubator.vector");
        }
        this.threads = threads;
        this.parallelMacs = parallelMacs;
        this.wakeMacs = wakeMacs;
        this.mr = VectorKernel.MR;
        this.nr = VectorKernel.NR;
    }

    /**
     * Whether the Vector API module is present (the JVM was started with
     * {@code --add-modules jdk.incubator.vector}) and the kernel works on this machine. Safe to call
     * anywhere: it looks the module up before touching any class that needs it.
     */
    public static boolean isAvailable() {
        return Probe.AVAILABLE;
    }

    /** The shared kernel that {@link Gemm#standard()} uses, or null if the Vector API is not available. */
    public static VectorGemm availableOrNull() {
        return isAvailable() ? Shared.INSTANCE : null;
    }

    /** A short name for a kernel, for progress lines and logs, e.g. "vector 512-bit x2 threads". */
    public static String describe(Gemm gemm) {
        if (gemm instanceof VectorGemm) {
            return ((VectorGemm) gemm).describe();
        }
        if (gemm == EjmlGemm.MULTI_THREADED) {
            return "EJML multi-threaded";
        }
        if (gemm == EjmlGemm.SINGLE_THREADED) {
            return "EJML single-threaded";
        }
        return gemm.getClass().getSimpleName();
    }

    /** This kernel's name, e.g. "Vector API (512-bit, 16 floats), 2 threads". */
    public String describe() {
        return "Vector API (" + VectorKernel.species() + "), " + threads + (threads == 1 ? " thread" : " threads");
    }

    @Override
    public String toString() {
        return describe();
    }

    /** How many halves of products the worker thread has computed, for tests and benchmarks. */
    long workerHalves() {
        return workerHalves;
    }

    /** The number of threads a large product uses. */
    public int threads() {
        return threads;
    }

    /** Stops the worker thread; later products run on the calling thread alone. */
    @Override
    public void close() {
        closed = true;
        Thread w;
        lock.lock();
        try {
            w = worker;
        } finally {
            lock.unlock();
        }
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    @Override
    public void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        if (a.numCols != b.numRows) {
            throw new MatrixDimensionException("The 'a' and 'b' matrices do not have compatible dimensions");
        }
        product(MULT, a, b, c, a.numRows, b.numCols, a.numCols);
    }

    @Override
    public void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        if (a.numRows != b.numRows) {
            throw new MatrixDimensionException("The 'a' and 'b' matrices do not have compatible dimensions");
        }
        product(TRANS_A, a, b, c, a.numCols, b.numCols, a.numRows);
    }

    @Override
    public void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        if (a.numCols != b.numCols) {
            throw new MatrixDimensionException("The 'a' and 'b' matrices do not have compatible dimensions");
        }
        product(TRANS_B, a, b, c, a.numRows, b.numRows, a.numCols);
    }

    private void product(int op, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c, int m, int n, int k) {
        if (c == a || c == b || c.data == a.data || c.data == b.data) {
            throw new IllegalArgumentException("Neither 'a' or 'b' can be the same matrix as 'c'");
        }
        c.reshape(m, n);
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            Arrays.fill(c.data, 0, m * n, 0f);
            return;
        }
        if (!lock.tryLock()) {
            compute(contendedSpace.get(), op, a.data, b.data, c.data, m, n, k, 0, m, 0, n);
            return;
        }
        try {
            int rowTiles = (m + mr - 1) / mr;
            int colPanels = (n + nr - 1) / nr;
            long macs = (long) m * n * k;
            boolean parallel = threads > 1 && !closed && macs >= parallelMacs
                    && (rowTiles > 1 || colPanels > 1) && workerWorthIt(macs);
            if (!parallel) {
                compute(callerSpace, op, a.data, b.data, c.data, m, n, k, 0, m, 0, n);
                return;
            }
            int rowSplit = mr * ((rowTiles + 1) / 2);
            int colSplit = nr * ((colPanels + 1) / 2);
            boolean byRows = splitRows(op, m, n, k, rowSplit, colSplit);
            runInTwo(op, a.data, b.data, c.data, m, n, k, byRows, byRows ? rowSplit : colSplit);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether to split the output by rows rather than by columns: the split with the shorter slower
     * half, in multiply-adds. Each half packs B for its columns, so a split by rows packs all of B
     * twice; packing costs roughly 8 multiply-adds an element, 40 when B is transposed. A split by
     * columns has both threads write a cache line of each output row (array data is not line-aligned)
     * once per k-block, which costs about {@link #SHARED_LINE_MACS} multiply-adds a time.
     */
    static boolean splitRows(int op, int m, int n, int k, int rowSplit, int colSplit) {
        if (colSplit >= n) {
            return true;
        }
        if (rowSplit >= m) {
            return false;
        }
        double packing = op == TRANS_B ? 40 : 8;
        double rows = (double) rowSplit * n * k + packing * k * n;
        double cols = (double) m * colSplit * k + packing * k * colSplit
                + (double) SHARED_LINE_MACS * m * ((k + KC - 1) / KC);
        return rows < cols;
    }

    /**
     * Whether a product big enough to split should use the worker: always while it spins; when it is
     * parked, for a product of at least {@code wakeMacs}, or for the third of a quick succession of
     * smaller ones (a training step's), after which it spins between them. Caller holds the lock.
     */
    private boolean workerWorthIt(long macs) {
        if (macs >= wakeMacs || (worker != null && !workerParked)) {
            return true;
        }
        long now = System.nanoTime();
        streak = now - lastParkedProduct < WORKER_SPIN_NANOS ? streak + 1 : 1;
        lastParkedProduct = now;
        if (streak >= 3) {
            streak = 0;
            return true;
        }
        return false;
    }

    /** Caller holds the lock. */
    private void runInTwo(int op, float[] a, float[] b, float[] c, int m, int n, int k, boolean byRows, int split) {
        Thread w = worker;
        if (w == null) {
            w = new Thread(this::workerLoop, "VectorGemm-worker");
            w.setDaemon(true);
            worker = w;
            w.start();
        }
        jobOp = op;
        jobA = a;
        jobB = b;
        jobC = c;
        jobM = m;
        jobN = n;
        jobK = k;
        jobByRows = byRows;
        jobSplit = split;
        halvesDone.set(0);
        workerFailure = null;
        long job = ++jobNumber;
        state.set(job << 32);
        if (workerParked) {
            LockSupport.unpark(w);
        }
        // Take the first half, and the second too if the worker has not claimed it yet. Even if a
        // half fails, wait for the worker's before returning: it must not outlive the call.
        Throwable failure = null;
        while (true) {
            long st = state.get();
            int half = (int) st;
            if (half >= 2) {
                break;
            }
            if (state.compareAndSet(st, st + 1)) {
                try {
                    computeHalf(callerSpace, half, op, a, b, c, m, n, k, byRows, split);
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    halvesDone.incrementAndGet();
                }
            }
        }
        awaitHalves();
        jobA = null;
        jobB = null;
        jobC = null;
        if (failure == null) {
            failure = workerFailure;
        }
        if (failure != null) {
            workerFailure = null;
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            }
            if (failure instanceof Error) {
                throw (Error) failure;
            }
            throw new IllegalStateException(failure);
        }
    }

    private void awaitHalves() {
        if (halvesDone.get() >= 2) {
            return;
        }
        long deadline = System.nanoTime() + CALLER_SPIN_NANOS;
        int spins = 0;
        while (halvesDone.get() < 2) {
            if (deadline != 0) {
                Thread.onSpinWait();
                if ((++spins & 63) == 0 && System.nanoTime() - deadline > 0) {
                    deadline = 0;
                }
            } else {
                waitingCaller = Thread.currentThread();
                if (halvesDone.get() < 2) {
                    LockSupport.parkNanos(this, 1_000_000L);
                }
                waitingCaller = null;
            }
        }
    }

    private void workerLoop() {
        long seen = 0;
        while (!closed) {
            long st = state.get();
            if ((st >>> 32) == seen) {
                idle(seen);
                continue;
            }
            seen = st >>> 32;
            // Read the job, then claim a half; the claim only succeeds while that job is unfinished,
            // and the caller rewrites the job only after it is finished, so what was read is that job.
            int op = jobOp;
            float[] a = jobA;
            float[] b = jobB;
            float[] c = jobC;
            int m = jobM;
            int n = jobN;
            int k = jobK;
            boolean byRows = jobByRows;
            int split = jobSplit;
            while (true) {
                st = state.get();
                int half = (int) st;
                if ((st >>> 32) != seen || half >= 2) {
                    break;
                }
                if (state.compareAndSet(st, st + 1)) {
                    try {
                        computeHalf(workerSpace, half, op, a, b, c, m, n, k, byRows, split);
                        workerHalves++;
                    } catch (Throwable t) {
                        workerFailure = t;
                    } finally {
                        halvesDone.incrementAndGet();
                        Thread waiting = waitingCaller;
                        if (waiting != null) {
                            LockSupport.unpark(waiting);
                        }
                    }
                }
            }
        }
    }

    /** Spins for a while for a job after {@code seen}, then parks until one is posted. */
    private void idle(long seen) {
        long deadline = System.nanoTime() + WORKER_SPIN_NANOS;
        int spins = 0;
        while ((state.get() >>> 32) == seen && !closed) {
            Thread.onSpinWait();
            if ((++spins & 63) == 0 && System.nanoTime() - deadline > 0) {
                workerParked = true;
                if ((state.get() >>> 32) == seen && !closed) {
                    LockSupport.park(this);
                }
                workerParked = false;
                deadline = System.nanoTime() + WORKER_SPIN_NANOS;
            }
        }
    }

    private void computeHalf(Workspace ws, int half, int op, float[] a, float[] b, float[] c,
                             int m, int n, int k, boolean byRows, int split) {
        if (byRows) {
            compute(ws, op, a, b, c, m, n, k, half == 0 ? 0 : split, half == 0 ? split : m, 0, n);
        } else {
            compute(ws, op, a, b, c, m, n, k, 0, m, half == 0 ? 0 : split, half == 0 ? split : n);
        }
    }

    /**
     * Computes rows i0..i1 and columns j0..j1 of the m x n output c (row stride n). i0 is a multiple
     * of MR and j0 of NR. B is packed a k-block at a time; A is read where it lies (full 8-row panels)
     * or packed (the last, partial panel).
     */
    private void compute(Workspace ws, int op, float[] a, float[] b, float[] c, int m, int n, int k,
                         int i0, int i1, int j0, int j1) {
        final int mr = this.mr;
        final int nr = this.nr;
        int panels = (j1 - j0 + nr - 1) / nr;
        int blocks = (k + KC - 1) / KC;
        int kBlock = (k + blocks - 1) / blocks;
        int iEdge = i0 + (i1 - i0) / mr * mr;
        for (int p0 = 0; p0 < k; p0 += kBlock) {
            int kc = Math.min(kBlock, k - p0);
            boolean load = p0 > 0;
            float[] bp = ws.packedB(panels * nr * kc);
            if (op == TRANS_B) {
                packBTransposed(b, k, p0, kc, j0, j1, bp);
            } else {
                packB(b, n, p0, kc, j0, j1, bp);
            }
            float[] edge = null;
            if (iEdge < i1) {
                edge = ws.packedA(mr * kc);
                if (op == TRANS_A) {
                    packATransposed(a, m, p0, kc, iEdge, i1, edge);
                } else {
                    packA(a, k, p0, kc, iEdge, i1, edge);
                }
            }
            int aRow = op == TRANS_A ? 1 : k;
            int aStep = op == TRANS_A ? m : 1;
            for (int ic = i0; ic < i1; ic += MC) {
                int icEnd = Math.min(i1, ic + MC);
                for (int jp = 0; jp < panels; jp++) {
                    int j = j0 + jp * nr;
                    int cols = Math.min(nr, j1 - j);
                    int bOff = jp * kc * nr;
                    for (int i = ic; i < icEnd; i += mr) {
                        if (i < iEdge) {
                            int aOff = op == TRANS_A ? p0 * m + i : i * k + p0;
                            if (cols == nr) {
                                VectorKernel.kernel(kc, a, aOff, aRow, aStep, bp, bOff, c, i * n + j, n, load);
                            } else {
                                edgeTile(ws.tile(mr * nr), kc, a, aOff, aRow, aStep, bp, bOff,
                                        c, i * n + j, n, mr, cols, load);
                            }
                        } else {
                            edgeTile(ws.tile(mr * nr), kc, edge, 0, 1, mr, bp, bOff,
                                    c, i * n + j, n, i1 - i, cols, load);
                        }
                    }
                }
            }
        }
    }

    /** A tile cut by the output's edge: computed in a scratch tile, then copied. */
    private void edgeTile(float[] tile, int kc, float[] ap, int aOff, int aRow, int aStep, float[] bp, int bOff,
                          float[] c, int cOff, int ldc, int rows, int cols, boolean load) {
        final int nr = this.nr;
        if (load) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(c, cOff + r * ldc, tile, r * nr, cols);
            }
        }
        VectorKernel.kernel(kc, ap, aOff, aRow, aStep, bp, bOff, tile, 0, nr, load);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(tile, r * nr, c, cOff + r * ldc, cols);
        }
    }

    /** B is k x n row-major: panel jp holds, for each step p, columns j0 + jp*NR .. + NR, zero past j1. */
    private void packB(float[] b, int n, int p0, int kc, int j0, int j1, float[] bp) {
        final int nr = this.nr;
        int dst = 0;
        for (int j = j0; j < j1; j += nr) {
            int cols = Math.min(nr, j1 - j);
            for (int p = 0; p < kc; p++) {
                int src = (p0 + p) * n + j;
                System.arraycopy(b, src, bp, dst, cols);
                if (cols < nr) {
                    Arrays.fill(bp, dst + cols, dst + nr, 0f);
                }
                dst += nr;
            }
        }
    }

    /** B is given transposed, n x k row-major: the same panels, taken down its rows. */
    private void packBTransposed(float[] bt, int k, int p0, int kc, int j0, int j1, float[] bp) {
        final int nr = this.nr;
        int base = 0;
        for (int j = j0; j < j1; j += nr) {
            int cols = Math.min(nr, j1 - j);
            for (int jj = 0; jj < cols; jj++) {
                int src = (j + jj) * k + p0;
                int dst = base + jj;
                for (int p = 0; p < kc; p++) {
                    bp[dst] = bt[src + p];
                    dst += nr;
                }
            }
            if (cols < nr) {
                for (int p = 0; p < kc; p++) {
                    int row = base + p * nr;
                    Arrays.fill(bp, row + cols, row + nr, 0f);
                }
            }
            base += kc * nr;
        }
    }

    /** A is m x k row-major: panel rp holds, for each step p, rows i0 + rp*MR .. + MR, zero past i1. */
    private void packA(float[] a, int k, int p0, int kc, int i0, int i1, float[] ap) {
        final int mr = this.mr;
        int base = 0;
        for (int i = i0; i < i1; i += mr) {
            int rows = Math.min(mr, i1 - i);
            for (int r = 0; r < rows; r++) {
                int src = (i + r) * k + p0;
                int dst = base + r;
                for (int p = 0; p < kc; p++) {
                    ap[dst] = a[src + p];
                    dst += mr;
                }
            }
            if (rows < mr) {
                for (int p = 0; p < kc; p++) {
                    int step = base + p * mr;
                    Arrays.fill(ap, step + rows, step + mr, 0f);
                }
            }
            base += kc * mr;
        }
    }

    /** A is given transposed, k x m row-major: the same panels, taken along its rows. */
    private void packATransposed(float[] at, int m, int p0, int kc, int i0, int i1, float[] ap) {
        final int mr = this.mr;
        int dst = 0;
        for (int i = i0; i < i1; i += mr) {
            int rows = Math.min(mr, i1 - i);
            for (int p = 0; p < kc; p++) {
                int src = (p0 + p) * m + i;
                System.arraycopy(at, src, ap, dst, rows);
                if (rows < mr) {
                    Arrays.fill(ap, dst + rows, dst + mr, 0f);
                }
                dst += mr;
            }
        }
    }

    /** One thread's packing buffers; they grow to the largest shape seen and are kept. */
    private static final class Workspace {
        private float[] a = new float[0];
        private float[] b = new float[0];
        private float[] tile = new float[0];

        float[] packedA(int size) {
            if (a.length < size) {
                a = new float[size];
            }
            return a;
        }

        float[] packedB(int size) {
            if (b.length < size) {
                b = new float[size];
            }
            return b;
        }

        float[] tile(int size) {
            if (tile.length < size) {
                tile = new float[size];
            }
            return tile;
        }
    }

    /** Looks for the module before anything loads {@link VectorKernel}. */
    private static final class Probe {
        static final boolean AVAILABLE = probe();

        private static boolean probe() {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                return false;
            }
            try {
                return VectorKernel.selfTest();
            } catch (LinkageError | RuntimeException e) {
                return false;
            }
        }
    }

    private static final class Shared {
        static final VectorGemm INSTANCE = new VectorGemm(sharedThreads(), DEFAULT_PARALLEL_MACS, DEFAULT_WAKE_MACS);

        private static int sharedThreads() {
            int cores = Math.min(2, Runtime.getRuntime().availableProcessors());
            String value = System.getProperty("workbench.gemm.threads");
            if (value != null) {
                try {
                    return Math.max(1, Math.min(2, Integer.parseInt(value.trim())));
                } catch (NumberFormatException e) {
                    return cores;
                }
            }
            return cores;
        }
    }
}
