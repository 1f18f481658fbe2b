import * as z from "zod/mini";

// zod/mini leaves messages to a locale it does not load by itself; English keeps a schema error's
// text (in DatasetError and `npm run validate-data`) what classic zod wrote. Loaded with the
// dataset schemas only: the view codec and the embed messages never show a schema's message.
z.config(z.locales.en());
