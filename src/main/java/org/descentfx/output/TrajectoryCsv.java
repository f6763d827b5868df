package org.descentfx.output;

import java.io.IOException;
import java.io.Writer;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.train.Run;

/**
 * A run as CSV, one row per step: {@code step,epoch,w,b,batch_cost,cost}, plus {@code batch}
 * when asked, and a leading {@code run} column when several runs share one file. Row 0 is the
 * start point; row k is (w, b) after step k. Numbers are written with {@link Double#toString},
 * which reads back to the same double. {@code train} and the window's CSV export both write
 * with it, so their files compare line by line.
 */
public final class TrajectoryCsv {
    public static final String HEADER = "step,epoch,w,b,batch_cost,cost";
    public static final String BATCH_COLUMN = "batch";
    public static final String RUN_COLUMN = "run";
    public static final String BRANCH_COLUMN = "branch";

    private final Writer out;
    private final boolean runColumn;
    private final boolean branchColumn;
    private final boolean logBatches;
    private final StringBuilder row = new StringBuilder(128);

    /**
     * @param runColumn  whether rows begin with the run's name
     * @param logBatches whether rows end with the indices of the step's mini-batch
     */
    public TrajectoryCsv(Writer out, boolean runColumn, boolean logBatches) {
        this(out, false, runColumn, logBatches);
    }

    /**
     * @param branchColumn whether rows begin with the branch's name (before the run's, if any):
     *                     the layout that writes every branch of a timeline into one file
     */
    public TrajectoryCsv(Writer out, boolean branchColumn, boolean runColumn, boolean logBatches) {
        this.out = out;
        this.branchColumn = branchColumn;
        this.runColumn = runColumn;
        this.logBatches = logBatches;
    }

    /**
     * About how many bytes a run of {@code steps} steps takes, counted low: each row's four numbers
     * at 18 characters (most doubles print 17 to 22), its step and epoch, and with {@code logBatches}
     * the m indices of the mini-batch of n examples.
     */
    public static long estimatedBytes(long steps, int n, int miniBatchSize, boolean logBatches) {
        long digits = Long.toString(Math.max(steps, 1)).length();
        long row = 4 * 18 + 5 + digits + 2;
        if (logBatches) {
            row += (long) Math.min(miniBatchSize, n) * (Integer.toString(Math.max(n - 1, 1)).length() + 1);
        }
        return (steps + 1) * row;
    }

    public void writeHeader() throws IOException {
        out.write((branchColumn ? BRANCH_COLUMN + "," : "") + (runColumn ? RUN_COLUMN + "," : "") + HEADER + (logBatches ? "," + BATCH_COLUMN : "") + "\n");
    }

    /** The row of the run's current point, without a run column. */
    public void writeRow(Run run) throws IOException {
        writeRow(null, run);
    }

    /**
     * The row of the run's current point. {@code batch_cost} is C_X of the step's mini-batch where
     * its gradient was taken (empty in row 0); {@code cost} is C of Eq. (1) at the row's (w, b),
     * summed example by example rather than by the linear neuron's closed form.
     *
     * @param name the value of the {@code run} column; ignored without one
     */
    public void writeRow(String name, Run run) throws IOException {
        writeRow(null, name, run);
    }

    /**
     * As {@link #writeRow(String, Run)}, with the value of the {@code branch} column first (ignored
     * without one), quoted as CSV quotes a field when it holds a comma, a quote or a line break.
     */
    public void writeRow(String branch, String name, Run run) throws IOException {
        double cost = QuadraticCost.cost(run.model(), run.data(), run.w(), run.b());
        row.setLength(0);
        if (branchColumn) {
            row.append(quoted(branch)).append(',');
        }
        if (runColumn) {
            row.append(name).append(',');
        }
        row.append(run.step()).append(',')
                .append(run.epochOfLastStep()).append(',')
                .append(run.w()).append(',')
                .append(run.b()).append(',');
        if (run.step() > 0) {
            row.append(run.lastBatchCost());
        }
        row.append(',').append(cost);
        if (logBatches) {
            row.append(',');
            appendIndices(run.lastBatch());
        }
        row.append('\n');
        out.append(row);
    }

    /** {@code field} as one CSV field: in double quotes, its quotes doubled, when it needs them. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private void appendIndices(int[] batch) {
        for (int j = 0; j < batch.length; j++) {
            if (j > 0) {
                row.append(';');
            }
            row.append(batch[j]);
        }
    }
}
