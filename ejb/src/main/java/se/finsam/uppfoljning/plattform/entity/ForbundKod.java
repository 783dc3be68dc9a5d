package se.finsam.uppfoljning.plattform.entity;

import java.util.regex.Pattern;

/**
 * The code of a förbund (the tenant), e.g. {@code uppsala-lan}: lower-case letters, digits and
 * dashes, as it appears in the {@code forbund} claim of the token and in data packages.
 */
public record ForbundKod(String varde) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public ForbundKod {
        if (varde == null || !FORM.matcher(varde).matches()) {
            throw new IllegalArgumentException(
                    "En förbundskod är 1–40 tecken: små bokstäver a–z, siffror och bindestreck.");
        }
    }

    public static boolean giltig(String varde) {
        return varde != null && FORM.matcher(varde).matches();
    }

    @Override
    public String toString() {
        return varde;
    }
}
