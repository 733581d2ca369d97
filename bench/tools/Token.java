import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints the HS256 JSON Web Tokens Surge accepts locally and in the bench (JDK only, run from source):
 * <pre>
 *   java bench/tools/Token.java &lt;secret&gt; &lt;userId&gt; [--admin] [--ttl &lt;seconds&gt;]
 *       prints one token for that user (sub = the user id), valid for ttl seconds (default 43200 = 12 h)
 *   java bench/tools/Token.java &lt;secret&gt; [--admin] [--ttl &lt;seconds&gt;] --users &lt;from&gt; &lt;to&gt; --out &lt;file&gt; [--users ... --out ...]
 *       writes one token per line for users from..to (inclusive), line n being user from + n - 1; several ranges
 *       may follow each other (the bench mints all of its tokens in one run)
 * </pre>
 * The secret is the service's {@code surge.security.jwt.secret} (at least 32 bytes, UTF-8); {@code -} reads it from
 * the first line of standard input, so it does not show in the process list. Header {@code {"alg":"HS256","typ":"JWT"}};
 * claims {@code sub} (the user id as a decimal string), {@code iat}, {@code exp} and, with {@code --admin},
 * {@code "scope":"admin"}. Base64url without padding, HMAC-SHA256 over {@code header.payload}.
 */
public class Token {

    static final int MIN_SECRET_BYTES = 32;
    static final long DEFAULT_TTL_SECONDS = 43_200;

    record Range(long from, long to, Path out) {
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Token: " + e.getMessage());
            System.err.println("usage: java bench/tools/Token.java <secret|-> <userId> [--admin] [--ttl <seconds>]");
            System.err.println("       java bench/tools/Token.java <secret|-> [--admin] [--ttl <seconds>] --users <from> <to> --out <file> ...");
            System.exit(2);
        }
    }

    static void run(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("a secret and a user id (or --users) are needed");
        }
        String secret = args[0].equals("-") ? readSecretFromStdin() : args[0];
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the secret has " + key.length + " bytes; HS256 needs at least "
                    + MIN_SECRET_BYTES + " (the service refuses a shorter surge.security.jwt.secret as well)");
        }
        Long userId = null;
        boolean admin = false;
        long ttl = DEFAULT_TTL_SECONDS;
        List<Range> ranges = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--admin" -> admin = true;
                case "--ttl" -> {
                    ttl = number(arg(args, ++i, "--ttl"), "--ttl");
                    if (ttl <= 0) {
                        throw new IllegalArgumentException("--ttl must be positive");
                    }
                }
                case "--users" -> {
                    long from = userId(arg(args, ++i, "--users <from>"));
                    long to = userId(arg(args, ++i, "--users <to>"));
                    if (!"--out".equals(arg(args, ++i, "--out <file>"))) {
                        throw new IllegalArgumentException("--users <from> <to> must be followed by --out <file>");
                    }
                    Path out = Path.of(arg(args, ++i, "--out <file>"));
                    if (to < from) {
                        throw new IllegalArgumentException("--users " + from + " " + to + ": <to> is below <from>");
                    }
                    ranges.add(new Range(from, to, out));
                }
                default -> {
                    if (args[i].startsWith("-") || userId != null) {
                        throw new IllegalArgumentException("unexpected argument: " + args[i]);
                    }
                    userId = userId(args[i]);
                }
            }
        }
        if ((userId == null) == ranges.isEmpty()) {
            throw new IllegalArgumentException("give either one user id or --users ranges, not both or neither");
        }

        Minter minter = new Minter(key, admin, Instant.now().getEpochSecond(), ttl);
        if (userId != null) {
            System.out.println(minter.token(userId));
            return;
        }
        for (Range range : ranges) {
            Path parent = range.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(range.out(), StandardCharsets.US_ASCII)) {
                for (long user = range.from(); user <= range.to(); user++) {
                    out.write(minter.token(user));
                    out.write('\n');
                }
            }
        }
    }

    /** One token after another with the same key, header and times; only the subject changes. */
    static final class Minter {
        private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
        private static final String HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");

        private final Mac mac;
        private final String claimsAfterSubject;

        Minter(byte[] key, boolean admin, long issuedAt, long ttl) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
            claimsAfterSubject = "\",\"iat\":" + issuedAt + ",\"exp\":" + Math.addExact(issuedAt, ttl)
                    + (admin ? ",\"scope\":\"admin\"" : "") + "}";
        }

        String token(long userId) {
            String signingInput = HEADER + "." + encode("{\"sub\":\"" + userId + claimsAfterSubject);
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature);
        }

        private static String encode(String json) {
            return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String readSecretFromStdin() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IllegalArgumentException("the secret was to come from standard input (-), which was empty");
        }
        return line;
    }

    private static String arg(String[] args, int i, String what) {
        if (i >= args.length) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return args[i];
    }

    private static long userId(String text) {
        long id = number(text, "user id");
        if (id < 0) {
            throw new IllegalArgumentException("a user id is not negative: " + text);
        }
        return id;
    }

    private static long number(String text, String what) {
        if (!text.matches("\\d{1,18}|-\\d{1,18}")) {
            throw new IllegalArgumentException(what + " must be a whole number: " + text);
        }
        return Long.parseLong(text);
    }
}
