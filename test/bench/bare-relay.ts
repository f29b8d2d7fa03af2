/**
 * The baseline: a bare Socket.IO server that relays a posted message to every connected client.
 * Same HTTP server, same socket.io version and transport as Krisrum, no database, no auth, no rooms.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";

const port = Number(process.env.PORT ?? 3999);
const httpServer = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/healthz") {
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    return;
  }
  if (req.method === "POST" && req.url === "/relay") {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const message: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      io.emit("event", message);
      res.writeHead(201, { "content-type": "application/json" }).end('{"ok":true}');
    });
    return;
  }
  res.writeHead(404).end();
});
const io = new Server(httpServer, { serveClient: false });
httpServer.listen(port, "127.0.0.1");
process.on("SIGTERM", () => {
  io.close();
  httpServer.close(() => process.exit(0));
});
