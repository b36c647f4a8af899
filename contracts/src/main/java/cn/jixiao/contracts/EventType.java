package cn.jixiao.contracts;

/**
 * A named, versioned kind of event and the record its payload reads into.
 * Each publisher lists its types in one place (for example {@code ProjectEvents}).
 */
public record EventType<P>(String name, int version, Class<P> payloadType) {
}
