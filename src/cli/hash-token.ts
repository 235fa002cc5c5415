// Prints the SHA-256 hash of a token, the form API_TOKENS holds:
//   npm run token:hash -- "$(openssl rand -hex 32)"
import { hashToken } from '../auth/tokens.ts';

const token = process.argv[2];
if (!token) {
  console.error('usage: npm run token:hash -- TOKEN   (make a token with: openssl rand -hex 32)');
  process.exit(1);
}
console.log(hashToken(token));
