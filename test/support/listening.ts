import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * The local addresses that sockets listening on `port` are bound to, read from the kernel
 * (Linux's /proc/net/tcp and tcp6), not from what the process says; null where /proc is absent.
 */
export function listeningAddresses(port: number): string[] | null {
  if (!existsSync('/proc/net/tcp')) return null;
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local) continue; // 0A: LISTEN
      const [hexAddress, hexPort] = local.split(':');
      if (Number.parseInt(hexPort, 16) === port) found.push(addressOf(hexAddress));
    }
  }
  return found.sort();
}

/** /proc's hex form: IPv4 as one little-endian word, IPv6 as four of them. */
function addressOf(hex: string): string {
  const bytes = (word: string) =>
    word
      .match(/../g)
      ?.reverse()
      .map((byte) => Number.parseInt(byte, 16)) ?? [];
  if (hex.length === 8) return bytes(hex).join('.');
  const words = hex.match(/.{8}/g) ?? [];
  const all = words.flatMap(bytes);
  if (all.every((byte) => byte === 0)) return '::';
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((all[i] << 8) | all[i + 1]).toString(16));
  return groups.join(':');
}

/** A non-loopback IPv4 address of this machine, to try reaching a port from "the network"; null if none. */
export function externalIPv4(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return null;
}

/** Whether a TCP connection to host:port is accepted. */
export function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
