package se.finsam.uppfoljning.behorighet.boundary;

import java.util.List;

/** A person of the partner admin's organisation, with their application roles and assignments. */
public record PersonView(String id, String anvandarnamn, String namn, String email, List<String> roller,
                         List<String> rapportorFor) implements java.io.Serializable {
}
