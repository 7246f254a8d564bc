/**
 * Stored files: upload checks (size, real content type from the bytes, cleaned names), storage under the
 * data folder with a SHA-256, and downloads that are always attachments. This package knows none of the
 * records files belong to: statements and replies map their own files.
 */
package org.dispatchregister.attachments;
