/**
 * The citizen promise (medborgarlöfte): the document a kommun and the LPO covering it draft, sign and publish, with
 * its commitments per party, its signatures, its frozen published versions, revisions and extensions. It owns the
 * {@code promise_*} tables and publishes {@link se.medborgarlofte.promise.PromisePublished} so that follow-up can be
 * scheduled elsewhere. Other modules refer to a promise by its id and read it through {@link
 * se.medborgarlofte.promise.PromiseQueries} or the API, never through its tables.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({10, 19})
@org.springframework.modulith.ApplicationModule(displayName = "Promise",
    allowedDependencies = {"organisation", "shared", "shared :: plugin", "shared :: forms", "shared :: pdf"})
package se.medborgarlofte.promise;
