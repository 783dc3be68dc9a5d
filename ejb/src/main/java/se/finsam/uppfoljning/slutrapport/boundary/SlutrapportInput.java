package se.finsam.uppfoljning.slutrapport.boundary;

import java.util.List;

/**
 * A final report as the form or the API writes it, whole: every goal of the insats once, with its
 * outcome and whether it was reached; links are http(s) addresses.
 *
 * @param version the version that was read (0 when the insats had none)
 */
public record SlutrapportInput(Long version, String syfte, List<Mal> mal, String sammanfattning, String leverVidare,
                               List<String> lankar) {

    public record Mal(Integer nummer, String utfall, Boolean uppnatt) {
    }
}
