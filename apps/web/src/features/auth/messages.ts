import { defineMessages } from '../../i18n/index.tsx';

export const messages = defineMessages({
  en: {
    heading: 'Sign in to Atalaya',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    wrongCredentials: 'The email or password is not correct.',
    tooManyAttempts: 'Too many sign-in attempts. You can try again {when}, at {time}.',
    checkingSession: 'Checking your session…',
    noAccess: 'No access',
    noAccessDetail: 'Your account ({email}) cannot open this page.',
  },
  es: {
    heading: 'Iniciar sesión en Atalaya',
    email: 'Correo electrónico',
    password: 'Contraseña',
    signIn: 'Iniciar sesión',
    signingIn: 'Iniciando sesión…',
    wrongCredentials: 'El correo electrónico o la contraseña no son correctos.',
    tooManyAttempts: 'Demasiados intentos de inicio de sesión. Podrá volver a intentarlo {when}, a las {time}.',
    checkingSession: 'Verificando tu sesión…',
    noAccess: 'Sin acceso',
    noAccessDetail: 'Tu cuenta ({email}) no tiene permiso para abrir esta página.',
  },
});
