package se.medborgarlofte.shared.plugin;

/**
 * A path that takes larger uploads than the house's default ({@code medborgarlofte.max-upload-megabytes}, 20 MB),
 * declared as a bean by the module that streams such files to disk instead of reading them into memory. National
 * statistics files run to hundreds of megabytes; a form's upload does not.
 *
 * @param pathPattern an Ant-style pattern of the request path, e.g. {@code /api/v1/crime-statistics/imports}
 * @param megabytes the largest body the path accepts
 */
public record UploadLimit(String pathPattern, long megabytes) {}
