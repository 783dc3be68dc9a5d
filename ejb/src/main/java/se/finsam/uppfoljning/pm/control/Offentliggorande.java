package se.finsam.uppfoljning.pm.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's röjandeskydd for public PMs: counts below {@code uppfoljning.rojandeskydd.troskel}
 * (default {@value Rojandeskydd#STANDARDTROSKEL}) are hidden. A förbund that follows a stricter
 * practice sets it higher; the README names the setting.
 */
@ApplicationScoped
public class Offentliggorande {

    @Inject
    @ConfigProperty(name = "uppfoljning.rojandeskydd.troskel", defaultValue = "5")
    int troskel;

    public Rojandeskydd skydd() {
        return new Rojandeskydd(troskel);
    }
}
