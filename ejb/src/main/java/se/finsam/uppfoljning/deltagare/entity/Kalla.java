package se.finsam.uppfoljning.deltagare.entity;

/** Where a record's figures came from. */
public enum Kalla {
    INMATNING, SUS, DATAPAKET
}
