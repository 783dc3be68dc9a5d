package se.finsam.uppfoljning.reports;

/**
 * The port through which the PM asks which layouts to render with. It lives here, below both the
 * {@code pm} component (which asks) and the {@code layout} component (which answers with the
 * published versions of its library), so that neither imports the other: the layout component
 * provides a CDI bean of this type, and without one the PM renders with the build's own layouts
 * ({@link PmRenderer#standard()}).
 */
public interface PmLayouter {

    /** The layouts in force now for a förbund, one per name; every name of {@link PmRenderer#standard()} present. */
    Layoutuppsattning aktuella(String forbundKod);
}
