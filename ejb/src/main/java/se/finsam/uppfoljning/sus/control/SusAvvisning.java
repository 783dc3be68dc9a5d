package se.finsam.uppfoljning.sus.control;

import java.util.List;

/**
 * A SUS file refused while it is read (wrong format, too large, damaged, macros, a formula, too many
 * rows): reading stops and the problems so far are the answer. Checked, so every reader says it.
 */
public final class SusAvvisning extends Exception {

    private final transient List<SusProblem> problem;

    public SusAvvisning(SusProblem problem) {
        this(List.of(problem));
    }

    public SusAvvisning(List<SusProblem> problem) {
        super(problem.isEmpty() ? "" : problem.getFirst().meddelande(), null, false, false);
        this.problem = List.copyOf(problem);
    }

    public List<SusProblem> problem() {
        return problem;
    }
}
