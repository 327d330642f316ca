package dev.policygraph.api;

/** A file sent as a part of a multipart GraphQL request ({@link MultipartGraphQl}): the value of an Upload. */
record Upload(String fileName, byte[] bytes) {
}
