/// The DATA of a message as it goes on the wire (RFC 5321 §4.5.2): CRLF line ends (a bare LF
/// or CR becomes CRLF), a dot doubled at the start of a line, a final CRLF. The terminating
/// `.` CRLF is sent apart, once the outbox has recorded that it is about to be sent.
enum SMTPData {
    static let terminator: [UInt8] = Array(".\r\n".utf8)

    static func stuffed(_ message: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.count + message.count / 64 + 2)
        var atLineStart = true
        var index = 0
        while index < message.count {
            let byte = message[index]
            if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                output += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
                if byte == UInt8(ascii: "\r"), index + 1 < message.count, message[index + 1] == UInt8(ascii: "\n") { index += 1 }
                atLineStart = true
            } else {
                if atLineStart, byte == UInt8(ascii: ".") { output.append(UInt8(ascii: ".")) }
                output.append(byte)
                atLineStart = false
            }
            index += 1
        }
        if !atLineStart || output.isEmpty { output += [UInt8(ascii: "\r"), UInt8(ascii: "\n")] }
        return output
    }
}
