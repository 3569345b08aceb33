package se.medborgarlofte.organisation;

/** A län, with its police region and how many kommuner it has. */
public record County(String code, String name, String policeRegion, int municipalityCount) {}
