package se.finsam.uppfoljning.behorighet.web;

import java.io.Serializable;

/** The fields of an invitation as a page holds them (the partner admin's page and the förbund's). */
public class Inbjudningsformular implements Serializable {

    private String email;
    private String fornamn;
    private String efternamn;

    /** After a sent invitation: the next one starts empty. */
    public void clear() {
        email = null;
        fornamn = null;
        efternamn = null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFornamn() { return fornamn; }
    public void setFornamn(String fornamn) { this.fornamn = fornamn; }
    public String getEfternamn() { return efternamn; }
    public void setEfternamn(String efternamn) { this.efternamn = efternamn; }
}
