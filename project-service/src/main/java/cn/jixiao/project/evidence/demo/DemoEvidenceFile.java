package cn.jixiao.project.evidence.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;

/**
 * A one-page PDF standing in for a scanned piece of evidence of the demo projects, handed to the evidence
 * upload as the browser's multipart part would be, so the demo goes through the same checks (content sniffing,
 * size limit, duplicate refusal) as a street's upload. Its page names the file in ASCII (the base-14 fonts of a
 * minimal PDF have no Chinese), and the number makes every file's bytes differ.
 */
public record DemoEvidenceFile(String filename, byte[] bytes) implements FilePart {

    /** A PDF whose single page reads the given line, e.g. "Jinchen 2023 - evidence 1". */
    public static DemoEvidenceFile pdf(String filename, String line) {
        return new DemoEvidenceFile(filename, onePagePdf(line));
    }

    @Override
    public String name() {
        return "file";
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        return headers;
    }

    @Override
    public Flux<DataBuffer> content() {
        return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes.clone())));
    }

    @Override
    public Mono<Void> transferTo(Path dest) {
        return Mono.<Void>fromCallable(() -> {
            Files.write(dest, bytes);
            return null;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** The smallest well-formed PDF with one A4 page of text: the objects, then a cross-reference table to them. */
    private static byte[] onePagePdf(String line) {
        String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        String stream = "BT /F1 14 Tf 72 770 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(pdf, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static void write(ByteArrayOutputStream pdf, String text) {
        pdf.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
