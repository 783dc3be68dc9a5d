package se.finsam.uppfoljning.pm.regelbrott;

import se.finsam.uppfoljning.insats.boundary.InsatsUnderlag;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

/** Within the rules (EntityRulesTest): the PM reads the register's DTO and the kernel's id type. Never run. */
public class LaserDto {

    InsatsId id(InsatsUnderlag insats) {
        return new InsatsId(insats.id().varde());
    }
}
