/** The playbooks screen; the shell mounts `PlaybooksScreen` for the Playbooks section. */
export { PlaybooksScreen } from './PlaybooksScreen';
export { COMPOSE_EVENT, type ComposeRequest } from './compose';
