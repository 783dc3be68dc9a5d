package se.finsam.uppfoljning.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** The bytes of a rekvisition's attachment, apart from the rekvisition so that lists never read them. */
@Entity
@Table(name = "rekvisition_bilaga")
public class RekvisitionBilaga {

    @Id
    @Column(name = "rekvisition_id")
    private Long rekvisitionId;

    @Column(nullable = false)
    private byte[] innehall;

    protected RekvisitionBilaga() {
    }

    public RekvisitionBilaga(long rekvisitionId, byte[] innehall) {
        this.rekvisitionId = rekvisitionId;
        replace(innehall);
    }

    public void replace(byte[] innehall) {
        this.innehall = Objects.requireNonNull(innehall).clone();
    }

    public byte[] innehall() {
        return innehall.clone();
    }
}
