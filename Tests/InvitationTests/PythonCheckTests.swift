import Foundation
import ICalendar
import Invitations
import Scheduling
import TestSupport
import Testing

/// The messages read by other parsers: Python's `email` (policy=default) and `icalendar`,
/// through `tools/check_invitations.py`.
@Suite("Invitations: checked by Python's email and icalendar")
struct PythonCheckTests {
    /// `$PYTHON` as the Makefile has it, else the first `python3` on the PATH (where `make`
    /// installs tools/requirements.txt).
    static let python: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let python = environment["PYTHON"], python.hasPrefix("/") { return python }
        let name = environment["PYTHON"] ?? "python3"
        return (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    @Test("Sample messages pass tools/check_invitations.py", .enabled(if: python != nil, "python3 is missing"))
    func pythonAccepts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("invitations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // JUMELAGE_KEEP_INVITATIONS=1 keeps the messages to look at.
        defer {
            if ProcessInfo.processInfo.environment["JUMELAGE_KEEP_INVITATIONS"] == nil {
                try? FileManager.default.removeItem(at: folder)
            }
        }

        var written = 0
        for language in ["fr", "en"] {
            let plan = try InvitationSamples.plan(language: language)
            let builder = InvitationBuilder(plan: plan)
            let comite = try InvitationSamples.event("comite", in: plan)
            let mission = try InvitationSamples.event("mission", in: plan)
            let removed = Participant.invitee(email: "adjointe@namur.example", name: "Dupont, Marie \"Mimi\"")
            let samples: [(ScheduledEvent, InvitationChange, status: String?)] = [
                (comite, .request(sequence: 0), "CONFIRMED"), (comite, .update(previousSequence: 0), "CONFIRMED"),
                (comite, .cancel(previousSequence: 1), "CANCELLED"), (comite, .removeInvitee(removed, previousSequence: 1), nil),
                (mission, .cancel(previousSequence: 4), "CANCELLED"),
            ]
            for (event, change, status) in samples {
                let messages = try builder.messages(for: change, of: event, date: InvitationSamples.date)
                let attendees = messages.map(\.to.email)
                for message in messages {
                    let name = "\(language)-\(event.activityID)-\(change.method)-\(change.sequence)-\(message.fileName)"
                    try Data(message.bytes).write(to: folder.appendingPathComponent(name))
                    var expected: [String: Any] = [
                        "method": change.method, "uid": event.uid, "sequence": change.sequence,
                        "status": status ?? NSNull(), "organizer": "bri@quebec.example", "attendees": attendees,
                        "to": message.to.email, "subject": message.subject,
                    ]
                    if event.activityID == "comite" {
                        let names = ["maire@quebec.example": "Bruno Marchand", "adjointe@namur.example": "Dupont, Marie \"Mimi\""]
                        expected["cn"] = attendees.map { names[$0]! }
                    }
                    let json = try JSONSerialization.data(withJSONObject: expected, options: [.sortedKeys])
                    try json.write(
                        to: folder.appendingPathComponent(String(name.dropLast(".eml".count)) + ".expect.json"))
                    written += 1
                }
            }
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [Repository.root.appendingPathComponent("tools/check_invitations.py").path, folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(report)")
        #expect(report.hasSuffix("\(written) passed, 0 failed\n"), "\(report)")
    }
}
