/** file: URI ↔ path, without a dependency. Non-file URIs (untitled:) are kept as keys. */
import { fileURLToPath, pathToFileURL } from 'node:url';

export const URI = {
  toPath(uri: string): string {
    if (uri.startsWith('file:')) {
      try {
        return fileURLToPath(uri);
      } catch {
        return uri;
      }
    }
    return uri;
  },
  fromPath(p: string): string {
    return pathToFileURL(p).href;
  },
  isFile(uri: string): boolean {
    return uri.startsWith('file:');
  },
};
