/** The knowledge notes screen; the shell mounts `KnowledgeScreen` for the Knowledge section. */
export { KnowledgeScreen } from './KnowledgeScreen';
