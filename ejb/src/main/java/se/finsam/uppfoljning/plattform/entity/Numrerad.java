package se.finsam.uppfoljning.plattform.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity whose id the database numbers on insert (an identity column named {@code id}): the
 * mapping and its accessor once instead of in every such entity. An entity whose id is allocated
 * ahead from a sequence, so that its inserts can be batched, maps its own.
 */
@MappedSuperclass
public abstract class Numrerad {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null until the entity is persisted. */
    public Long id() { return id; }
}
