package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AdamW under a changing learning rate against torch.optim.AdamW with each step's rate set on its
 * param_group (adamw_schedule.json from tools/fixtures/make_fixtures.py). The decoupled decay
 * must shrink the weights by the current rate, not the one the optimizer was made with; a fixed
 * rate, as in optimizers.json, cannot tell the two apart.
 */
class AdamWScheduleFixtureTest {

    @Test
    void decoupledDecayFollowsTheScheduledRateAtEveryStep() {
        JsonNode d = Fixtures.load("adamw_schedule.json");
        JsonNode lrs = d.get("lrs");
        assertEquals(4, lrs.size());
        assertNotEquals(lrs.get(0).asDouble(), lrs.get(1).asDouble(), "the fixture changes the rate between steps");
        OptimizerSpec spec = new OptimizerSpec(OptimizerKind.ADAMW, lrs.get(0).asDouble(), 0,
                d.get("betas").get(0).asDouble(), d.get("betas").get(1).asDouble(), d.get("eps").asDouble(),
                d.get("weight_decay").asDouble(), 0, 0, 0);
        Parameter p = new Parameter("w", Fixtures.matrix(d.get("initial")), true);
        Optimizer optimizer = new Optimizer(spec);
        for (int step = 0; step < lrs.size(); step++) {
            optimizer.setLearningRate(lrs.get(step).asDouble());
            p.gradient().setTo(Fixtures.matrix(d.get("grads").get(step)));
            optimizer.step(List.of(p));
            Fixtures.assertClose("AdamW step " + (step + 1) + " at lr " + lrs.get(step).asDouble(),
                    Fixtures.matrix(d.get("after_steps").get(step)), p.value(), 1e-5, 1e-6);
        }
    }
}
