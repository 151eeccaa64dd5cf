import NIOCore

/// Turns the `IdleStateHandler`'s read timeout into an error and closes the connection: a
/// server that says nothing for the reply timeout is given up on.
final class SMTPTimeoutHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = SMTPReply
    typealias InboundOut = SMTPReply

    let seconds: Int64

    init(seconds: Int64) { self.seconds = seconds }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read {
            context.fireErrorCaught(SMTPFailure.connection("no reply from the server within \(seconds) s"))
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }
}
