package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The broker's users: the administrator (the broker's own principal and the only super user) and one principal
 * per service that uses Kafka. The passwords are generated once per local stack and kept beside the broker's
 * data, readable by the owner only, so a restart keeps them and nothing secret is ever committed.
 *
 * @param admin    super user: the broker itself, topic creation, ACLs
 * @param services each back-end service's own principal, named like the service
 */
public record KafkaLogins(KafkaLogin admin, Map<Service, KafkaLogin> services) {

    static final String ADMIN_USERNAME = "jixiao-admin";
    /** The gateway never touches Kafka, so it has no principal. */
    static final List<Service> KAFKA_USERS = List.of(Service.PROJECT, Service.EVALUATION, Service.REPORT);

    public KafkaLogins {
        services = Map.copyOf(services);
    }

    /** Fresh random passwords for the administrator and every service. */
    static KafkaLogins generate() {
        var services = new EnumMap<Service, KafkaLogin>(Service.class);
        KAFKA_USERS.forEach(service -> services.put(service, KafkaLogin.generate(service.module())));
        return new KafkaLogins(KafkaLogin.generate(ADMIN_USERNAME), services);
    }

    /** The logins of the broker whose data folder is {@code dataDir} (see {@link KafkaBroker#start}), if it has any. */
    public static Optional<KafkaLogins> ofBrokerData(Path dataDir) {
        return readFrom(dataDir.resolve(KafkaBroker.LOGINS_FILE));
    }

    /** The logins kept in {@code file}, or none if the file does not exist yet. */
    static Optional<KafkaLogins> readFrom(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Kafka logins in " + file, e);
        }
        var services = new EnumMap<Service, KafkaLogin>(Service.class);
        KAFKA_USERS.forEach(service -> services.put(service, read(properties, service.module(), file)));
        return Optional.of(new KafkaLogins(read(properties, ADMIN_USERNAME, file), services));
    }

    private static KafkaLogin read(Properties properties, String username, Path file) {
        var password = properties.getProperty(username);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No Kafka password for " + username + " in " + file
                    + "; delete the Kafka data folder to start with fresh credentials");
        }
        return new KafkaLogin(username, password);
    }

    /** Writes the logins to {@code file}, readable and writable by this user only where the file system allows. */
    void writeTo(Path file) {
        var properties = new Properties();
        all().forEach(login -> properties.setProperty(login.username(), login.password()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            try (var writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "SASL/SCRAM-SHA-512 users of the local Kafka broker; generated, never commit");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Kafka logins to " + file, e);
        }
    }

    /** The administrator first, then the services. */
    List<KafkaLogin> all() {
        var all = new ArrayList<KafkaLogin>();
        all.add(admin);
        KAFKA_USERS.forEach(service -> all.add(services.get(service)));
        return all;
    }

    /** The principal of a service, or empty for the gateway, which has none. */
    public Optional<KafkaLogin> of(Service service) {
        return Optional.ofNullable(services.get(service));
    }
}
