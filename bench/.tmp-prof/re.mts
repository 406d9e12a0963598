import '../../src/main/handoff/scan-secrets';
