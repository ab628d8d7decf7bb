import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

// The layers' direction, as `npm run lint` enforces it (eslint.config.mjs):
// each import against it is refused, and its allowed counterpart is not.
const eslint = new ESLint();

/** The rule ids ESLint reports for a file of this path holding this code. */
async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath});
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('the layers', () => {
  it.each([
    ['lib/site/fixture.ts', "import ShareCard from '@/components/ContentsNav';\nexport const card = ShareCard;\n"],
    ['lib/build/fixture.ts', "import Page from '@/app/page';\nexport const page = Page;\n"],
    ['lib/content/fixture.ts', "import {routing} from '@/i18n/routing';\nexport const locales = routing.locales;\n"],
    ['lib/content/fixture.ts', "import {RESERVED_SEGMENTS} from '../site/routes';\nexport const reserved = RESERVED_SEGMENTS;\n"],
    ['components/Fixture.tsx', "import {NUMBER_SEPARATOR} from '@/lib/content';\nexport const separator = NUMBER_SEPARATOR;\n"],
    ['enhancements/fixture.ts', "import {CHROME_IDS} from '@/lib/site/routes';\nexport const ids = CHROME_IDS;\n"],
  ])(
    'refuses %s importing against them',
    async (file, code) => {
      expect(await rulesBroken(file, code)).toContain('no-restricted-imports');
    },
    60_000,
  );

  it.each([
    ['lib/build/fixture.ts', "import {RESERVED_SEGMENTS} from '@/lib/site/routes';\nexport const reserved = RESERVED_SEGMENTS;\n"],
    ['lib/content/fixture.ts', "import {SECTION_KINDS} from './model';\nexport const kinds = SECTION_KINDS;\n"],
    ['components/Fixture.tsx', "import {NUMBER_SEPARATOR} from '@/lib/site/releases';\nexport const separator = NUMBER_SEPARATOR;\n"],
  ])(
    'lets %s import with them',
    async (file, code) => {
      expect(await rulesBroken(file, code)).not.toContain('no-restricted-imports');
    },
    60_000,
  );
});
