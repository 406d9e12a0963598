import { configure } from '@testing-library/react';

// Sections, Markdown and onboarding load on first use (React.lazy). Under vitest the first load of
// such a chunk transforms its modules, which on a busy machine takes longer than Testing Library's
// default 1 s for findBy*/waitFor (5 s still failed at load 20); the app loads them in milliseconds.
configure({ asyncUtilTimeout: 15_000 });
