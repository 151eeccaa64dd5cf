import Bilingual
import Testing

@testable import Delivery

@Suite("Delivery: --smtp addresses")
struct SMTPServerAddressTests {
    @Test(
        "Accepted, with what they mean",
        arguments: [
            ("smtp://mail.example", "mail.example", 25, false, nil, nil, "smtp://mail.example:25"),
            ("smtp://bri@mail.example:587", "mail.example", 587, false, "bri", nil, "smtp://bri@mail.example:587"),
            (
                "smtp://bri%40quebec:p%3Ass@127.0.0.1:2525", "127.0.0.1", 2525, false, "bri@quebec", "p:ss",
                "smtp://bri@quebec:***@127.0.0.1:2525"
            ),
            ("smtps://relay.example", "relay.example", 465, true, nil, nil, "smtps://relay.example:465"),
            ("SMTP://[::1]:26", "::1", 26, false, nil, nil, "smtp://[::1]:26"),
            ("smtp://u:@h:1", "h", 1, false, "u", "", "smtp://u:***@h:1"),
        ] as [(String, String, Int, Bool, String?, String?, String)])
    func accepted(
        text: String, host: String, port: Int, implicitTLS: Bool, user: String?, password: String?, redacted: String
    ) throws {
        let address = try SMTPServerAddress(parsing: text)
        #expect(address.host == host && address.port == port && address.implicitTLS == implicitTLS)
        #expect(address.user == user && address.password == password)
        #expect(address.redacted == redacted && address.description == redacted)
    }

    @Test(
        "Refused with the URL redacted, exit 64",
        arguments: [
            "http://mail.example", "smtp://", "smtp://h:0", "smtp://h:65536", "smtp://h:port", "smtp://h/path", "smtp://@h",
            "smtp://u:%zz@h", "smtp://h h", "smtp://u:top-secret@h:99999", "smtp://[::1", "smtp://[::1]x", "mail.example:25",
            "smtp://u:top-secret@",
        ])
    func refused(text: String) {
        #expect(throws: DeliveryError.self) { try SMTPServerAddress(parsing: text) }
        do {
            _ = try SMTPServerAddress(parsing: text)
        } catch {
            #expect(error.exitCode == 64)
            for language in Language.allCases {
                let message = error.rendered(in: language)
                #expect(!message.contains("top-secret"), "\(message)")
                #expect(message.contains("--smtp"))
            }
            #expect(error.rendered(in: .fr) != error.rendered(in: .en))
        }
    }

    @Test(
        "Loopback hosts, the only ones a password may reach without TLS",
        arguments: [
            ("localhost", true), ("127.0.0.1", true), ("127.1.2.3", true), ("::1", true), ("mail.example", false), ("10.0.0.1", false),
        ])
    func loopback(host: String, expected: Bool) {
        #expect(SMTPServerAddress(host: host, port: 25).isLoopback == expected)
    }

    @Test("The password: from the URL first, else the environment variable; a user without one is refused")
    func password() throws {
        let withUser = try SMTPServerAddress(parsing: "smtp://bri@h:25")
        let fromEnvironment = try SMTPSettings(server: withUser, passwordVariable: "PASS", environment: ["PASS": "from-env"])
        #expect(fromEnvironment.password == "from-env")
        let fromURL = try SMTPSettings(
            server: try SMTPServerAddress(parsing: "smtp://bri:in-url@h:25"), passwordVariable: "PASS", environment: ["PASS": "from-env"])
        #expect(fromURL.password == "in-url")
        #expect(throws: DeliveryError.self) { try SMTPSettings(server: withUser, passwordVariable: "PASS", environment: ["PASS": ""]) }
        #expect(throws: DeliveryError.self) { try SMTPSettings(server: withUser, passwordVariable: "PASS", environment: [:]) }
        let anonymous = try SMTPSettings(server: try SMTPServerAddress(parsing: "smtp://h"), environment: ["JUMELAGE_SMTP_PASSWORD": "x"])
        #expect(anonymous.password == nil)
        #expect(throws: DeliveryError.self) {
            try SMTPSettings(
                server: withUser, environment: ["JUMELAGE_SMTP_PASSWORD": "x"], certificateAuthorityFile: "/nonexistent/ca.pem")
        }
    }

    @Test("Printing, dumping or interpolating the address or the settings never shows the password")
    func neverShown() throws {
        let address = try SMTPServerAddress(parsing: "smtp://bri:hunter2-secret@mail.example:587")
        let settings = try SMTPSettings(server: address, environment: [:])
        var dumped = ""
        dump(address, to: &dumped)
        dump(settings, to: &dumped)
        let shown = [dumped, "\(address)", String(reflecting: address), "\(settings)", String(reflecting: settings)]
        for text in shown { #expect(!text.contains("hunter2"), "\(text)") }
        #expect(settings.password == "hunter2-secret")
    }
}
