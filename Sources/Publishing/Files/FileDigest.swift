import Crypto
import Foundation

/// Lowercase hex SHA-256, the form feeds are named by in the manifest and the ledger.
public enum FileDigest {
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        sha256(Data(bytes))
    }
}
