package se.finsam.uppfoljning.insats.entity;

public enum InsatsStatus {
    AKTIV, AVSLUTAD
}
