package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShutdownTest {

    private static boolean anyTrainingThread() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("descentfx-training"));
    }

    @Test
    void closeEndsTheTrainingThreadWhilePlaying() throws Exception {
        // given an engine playing as fast as it can
        TrainingEngine engine = new TrainingEngine(TestData.single(TestData.noisyLine(100), 0.01, 10), Runnable::run, s -> { });
        engine.setSpeed(Double.POSITIVE_INFINITY);
        engine.play();
        assertThat(anyTrainingThread()).isTrue();

        // when it is closed
        engine.close();

        // then its thread ends, and no training thread remains
        assertThat(engine.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(engine.isAlive()).isFalse();
        assertThat(anyTrainingThread()).isFalse();
    }

    @Test
    void closeEndsTheTrainingThreadWhilePaused() throws Exception {
        // given a paused engine
        TrainingEngine engine = new TrainingEngine(TestData.single(TestData.noisyLine(100), 0.01, 10), Runnable::run, s -> { });

        // when it is closed twice
        engine.close();
        engine.close();

        // then its thread ends
        assertThat(engine.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(anyTrainingThread()).isFalse();
    }
}
