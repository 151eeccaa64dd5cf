/// The VEVENT blocks of a serialised feed, exactly as written (CRLF, folded), by UID.
enum VEventBlocks {
    static func split(_ text: String) -> [String: String] {
        var blocks: [String: String] = [:]
        var current: [Substring]?
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            if line == "BEGIN:VEVENT" {
                current = [line]
            } else if current != nil {
                current!.append(line)
                if line == "END:VEVENT" {
                    let block = current!.joined(separator: "\r\n") + "\r\n"
                    if let uid = uid(in: current!) { blocks[uid] = block }
                    current = nil
                }
            }
        }
        return blocks
    }

    static func count(in text: String) -> Int {
        text.split(separator: "\r\n").filter { $0 == "BEGIN:VEVENT" }.count
    }

    private static func uid(in lines: [Substring]) -> String? {
        var unfolded: [String] = []
        for line in lines {
            if line.hasPrefix(" "), !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += line.dropFirst()
            } else {
                unfolded.append(String(line))
            }
        }
        return unfolded.first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
    }
}
