package se.finsam.uppfoljning.plattform.entity;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A numbered entity written under optimistic locking: JPA raises its {@code version} column on
 * every update, and a form sends back the version it read, so a change someone else made in between
 * is refused instead of overwritten. The mapping and its accessor once instead of in every such
 * entity.
 */
@MappedSuperclass
public abstract class Versionerad extends Numrerad {

    @Version
    private long version;

    /** 0 until the entity is first written; one more on every update. */
    public long version() { return version; }
}
