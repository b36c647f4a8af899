package cn.jixiao.devstack;

/** How many instances of each back-end ./jixiao up starts: {@code --replicas n}, else JIXIAO_REPLICAS, else one. */
final class Replicas {

    static final int MOST = 4;

    private Replicas() {
    }

    static int from(String[] args, String variable) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--replicas") && i + 1 < args.length) {
                return parse(args[i + 1]);
            }
            if (args[i].startsWith("--replicas=")) {
                return parse(args[i].substring("--replicas=".length()));
            }
            throw new IllegalArgumentException("Unknown option " + args[i] + "; usage: ./jixiao up [--replicas n]");
        }
        return variable == null || variable.isBlank() ? 1 : parse(variable);
    }

    private static int parse(String value) {
        int instances;
        try {
            instances = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--replicas takes a number of instances, not " + value);
        }
        if (instances < 1 || instances > MOST) {
            // each instance takes a JVM of 256-512 MB heap and a share of two cores
            throw new IllegalArgumentException("--replicas takes 1 to " + MOST + " instances, not " + instances);
        }
        return instances;
    }
}
