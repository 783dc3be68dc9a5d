package se.finsam.uppfoljning.plattform.control;

import java.util.List;
import java.util.Optional;

/**
 * The claims of a verified token, whatever library verified it. Keeps the business layer free of
 * the server's security API so that the mapping from token to caller is testable on its own.
 */
public interface ClaimSource {

    Optional<String> string(String claim);

    /** A claim that may hold one string or a list of strings; empty when absent. */
    List<String> strings(String claim);
}
