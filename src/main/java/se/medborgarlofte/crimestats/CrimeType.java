package se.medborgarlofte.crimestats;

/**
 * One of BRÅ's crime types (brottstyper), with its place in the tree and in the problem taxonomy.
 *
 * @param braCode BRÅ's crime code, where the type is one of BRÅ's coded types
 * @param parent the broader type's code ({@code RESIDENTIAL_BURGLARY} is a kind of {@code THEFT}); null at the top
 * @param problemCategory the shared taxonomy's code ({@code BURGLARY}); null for the total
 */
public record CrimeType(String code, String nameSv, String nameEn, String braCode, String parent,
    String problemCategory) {}
