package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One termination reason of a version of the code list (rows of table 9). Read only: the list is data from V6 on. */
@Entity
@Table(name = "avslutningsanledning")
@IdClass(Avslutningsanledning.Nyckel.class)
// The code lists change only with a migration (at start-up): the PM reads them on every render, so
// EclipseLink keeps the query's result (and drops it should a row ever change through JPA)
@NamedQuery(name = Avslutningsanledning.ALL, query = "select a from Avslutningsanledning a order by a.kodlista, a.ordning",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Avslutningsanledning {

    public static final String ALL = "Avslutningsanledning.all";

    @Id
    private int kodlista;

    @Id
    private String kod;

    @Column(nullable = false)
    private String benamning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Anledningskategori kategori;

    private int ordning;

    protected Avslutningsanledning() {
    }

    public int kodlista() { return kodlista; }
    public String kod() { return kod; }
    public String benamning() { return benamning; }
    public Anledningskategori kategori() { return kategori; }
    public int ordning() { return ordning; }

    public static class Nyckel implements Serializable {
        private int kodlista;
        private String kod;

        public Nyckel() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Nyckel n && n.kodlista == kodlista && Objects.equals(n.kod, kod);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kodlista, kod);
        }
    }
}
