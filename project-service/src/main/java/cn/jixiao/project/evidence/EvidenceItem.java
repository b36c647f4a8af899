package cn.jixiao.project.evidence;

import java.time.Instant;

import org.bson.types.ObjectId;

/**
 * One file in a project's evidence list.
 *
 * @param position   its place in the list (1, 2, …, in the order attached); the report numbers the list this way
 * @param title      how the report's evidence list names it
 * @param fileName   the name the file had on the uploader's computer, offered again on download
 * @param format     what the bytes are, as sniffed; never what the browser or the extension claimed
 * @param size       in bytes
 * @param sha256     of the stored bytes, hex; lets anyone check that a downloaded copy is the one attached
 * @param fileId     the GridFS file holding the bytes
 * @param uploadedBy the login name of the editor who attached it
 * @param withdrawal set once the street took the item off the list; the item and its file stay, for the audit
 */
public record EvidenceItem(String evidenceId, int position, EvidenceType type, String title, String fileName,
                           EvidenceFormat format, long size, String sha256, ObjectId fileId, String uploadedBy,
                           Instant uploadedAt, Withdrawal withdrawal) {

    /** Still on the list the report prints. */
    boolean isListed() {
        return withdrawal == null;
    }

    EvidenceItem withdrawn(Withdrawal why) {
        return new EvidenceItem(evidenceId, position, type, title, fileName, format, size, sha256, fileId, uploadedBy,
                uploadedAt, why);
    }
}
