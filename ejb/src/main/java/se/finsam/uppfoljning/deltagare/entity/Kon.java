package se.finsam.uppfoljning.deltagare.entity;

/** The two sexes SUS reports counts by. */
public enum Kon {
    K("kvinnor"), M("män");

    private final String plural;

    Kon(String plural) {
        this.plural = plural;
    }

    public String plural() {
        return plural;
    }
}
