/**
 * Follow-up (uppföljning): the schedule of follow-ups and the evaluation a published promise states, the activities
 * logged against its commitments, and the follow-up reports both sides approve and publish (“Vad har hänt?”). Reads
 * promises through promise's API and its {@link se.medborgarlofte.promise.PromisePublished} event only, surveys, crime
 * statistics and place-report hotspots through theirs; plugged into
 * the house through the plug-in contract.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({40, 49})
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up",
    allowedDependencies = {"promise", "crimestats", "survey", "reports", "organisation", "shared", "shared :: plugin",
        "shared :: forms"})
package se.medborgarlofte.followup;
