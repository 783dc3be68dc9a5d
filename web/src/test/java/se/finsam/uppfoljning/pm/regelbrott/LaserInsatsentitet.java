package se.finsam.uppfoljning.pm.regelbrott;

import se.finsam.uppfoljning.insats.entity.Insats;

/** Deliberately broken (EntityRulesTest): the PM reads an insats entity handed to it. Never run. */
public class LaserInsatsentitet {

    String namn(Insats insats) {
        return insats.namn();
    }
}
